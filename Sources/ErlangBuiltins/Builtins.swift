public enum Builtins {}
