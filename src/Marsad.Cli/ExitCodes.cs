namespace Marsad.Cli;

/// <summary>What <c>marsad</c> exits with, so scripts can tell outcomes apart.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran, but some input could not be read (each was reported); the rest was stored.</summary>
    public const int SomeInputFailed = 1;

    /// <summary>The command could not run: bad arguments, a missing database, an unreadable file.</summary>
    public const int Failed = 2;

    /// <summary>Asked for something that is not there (an unknown storyline or event id).</summary>
    public const int NotFound = 3;
}
