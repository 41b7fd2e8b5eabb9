namespace Marsad.Input;

/// <summary>Text decoded from bytes, with the name of the encoding it was read in.</summary>
public sealed record DecodedText(string Text, string EncodingName);
