namespace Marsad.Tests;

/// <summary>
/// A test that needs Debian's chromium (apt-get install chromium; CI installs it). Without it the test is skipped
/// with a message saying so, never passed silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} is missing (apt-get install chromium): browser tests skipped.";
        }
    }
}
