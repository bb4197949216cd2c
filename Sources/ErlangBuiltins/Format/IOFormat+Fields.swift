import ErlangRuntime

/// Fitting rendered text into a field of a given width (io_lib_format's `term`, `string`
/// and `char` helpers): padding with the pad character on the side the adjustment says,
/// truncating strings, or filling the field with `*` when a term does not fit.
extension IOFormat {
    static func repeated(_ c: UInt32, _ n: Int) -> String {
        guard n > 0, let s = Unicode.Scalar(c) else { return "" }
        return String(repeating: String(Character(s)), count: n)
    }

    static func adjusted(_ s: String, padding: String, _ adjust: FormatDirective.Adjust) -> String {
        adjust == .left ? s + padding : padding + s
    }

    /// A term's text (`~w`, numbers): padded to the width, or all `*` when longer than
    /// the width or the precision.
    static func termField(_ s: String, _ d: FormatDirective, precision: Int? = nil) -> String {
        guard let width = d.width ?? precision else { return s }
        let length = s.unicodeScalars.count
        let limit = min(length, min(precision ?? width, width))
        if length > limit {
            return adjusted(repeated(42, limit), padding: repeated(d.padChar, width - limit), d.adjust)
        }
        return adjusted(s, padding: repeated(d.padChar, width - length), d.adjust)
    }

    /// A string's text (`~s`): the precision truncates or pads it, the width then pads
    /// (or truncates) the result. A precision above the width is badarg.
    static func stringField(_ chars: [UInt32], _ d: FormatDirective) throws(ErlangError) -> String {
        let n = chars.count
        switch (d.width, d.precision) {
        case (nil, nil):
            return IOText.string(chars)
        case (let w?, nil):
            return fitted(chars, to: w, d.adjust, d.padChar)
        case (nil, let p?):
            return fitted(chars, to: p, .left, d.padChar)
        case (let w?, let p?):
            guard w >= p else { throw .badarg }
            if w == p { return fitted(chars, to: w, d.adjust, d.padChar) }
            let body = n >= p ? IOText.string(Array(chars.prefix(p)))
                              : IOText.string(chars) + repeated(d.padChar, p - n)
            return adjusted(body, padding: repeated(d.padChar, w - p), d.adjust)
        }
    }

    /// Exactly `width` characters: truncated, or padded on the side `adjust` leaves free.
    private static func fitted(_ chars: [UInt32], to width: Int, _ adjust: FormatDirective.Adjust,
                               _ pad: UInt32) -> String {
        if chars.count >= width { return IOText.string(Array(chars.prefix(width))) }
        return adjusted(IOText.string(chars), padding: repeated(pad, width - chars.count), adjust)
    }

    /// A repeated character (`~c`, `~~`): the precision is the count (defaulting to the
    /// width), the width pads. A precision above the width is badarg.
    static func charField(_ c: UInt32, _ d: FormatDirective) throws(ErlangError) -> String {
        switch (d.width, d.precision) {
        case (nil, nil): return repeated(c, 1)
        case (let w?, nil): return repeated(c, w)
        case (nil, let p?): return repeated(c, p)
        case (let w?, let p?):
            guard w >= p else { throw .badarg }
            return adjusted(repeated(c, p), padding: repeated(d.padChar, w - p), d.adjust)
        }
    }
}
