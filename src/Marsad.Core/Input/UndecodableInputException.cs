namespace Marsad.Input;

/// <summary>Bytes that are not text Marsad can read; the message says why, in words a user can act on.</summary>
public sealed class UndecodableInputException(string message) : Exception(message);
