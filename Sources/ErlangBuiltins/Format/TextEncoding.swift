/// Which characters a formatting operation may emit as themselves.
///
/// `latin1` is io_lib's default (`~p`, `~w`, `~s`): atoms holding characters above 255
/// print them as `\x{...}`, and `~s` rejects such characters. `unicode` is what the `t`
/// modifier selects (`~tp`, `~ts`).
public enum TextEncoding: Sendable {
    case latin1
    case unicode
}
