import ErlangBuiltins
print("swerl")
