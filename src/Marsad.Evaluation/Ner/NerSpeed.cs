namespace Marsad.Evaluation.Ner;

/// <summary>Tokens tagged in a timed run, with the run's wall-clock time and the tagging thread's CPU time.</summary>
public sealed record NerSpeed(long Tokens, TimeSpan Wall, TimeSpan ThreadCpu)
{
    public double TokensPerSecond => Tokens / Wall.TotalSeconds;

    /// <summary>The figure to compare between runs on a shared machine: waits for a core do not count.</summary>
    public double TokensPerCpuSecond => Tokens / ThreadCpu.TotalSeconds;
}
