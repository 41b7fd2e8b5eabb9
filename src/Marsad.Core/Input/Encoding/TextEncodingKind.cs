namespace Marsad.Input;

/// <summary>The encodings Marsad reads, and <see cref="Other"/> for a label it does not.</summary>
internal enum TextEncodingKind
{
    Other,
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1256,
    Iso88596,
}
