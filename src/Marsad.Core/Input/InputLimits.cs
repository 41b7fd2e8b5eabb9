namespace Marsad.Input;

/// <summary>
/// Sizes past which a piece of input is refused with a clear message instead of exhausting memory: no real
/// news article is megabytes of text, but a mislabelled dump or a runaway crawler file can be.
/// </summary>
public static class InputLimits
{
    /// <summary>One article file (.txt, .html) or one JSON Lines line.</summary>
    public const int MaxArticleBytes = 8 * 1024 * 1024;

    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024.0):0.0} MB",
        >= 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes} bytes",
    };
}
