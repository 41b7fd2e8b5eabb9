namespace Marsad.Storage;

/// <summary>What the pipeline writes: one batch per call, atomically.</summary>
public interface IStoryWriter
{
    void Write(StoryBatch batch);

    void Write(SummaryBatch batch);
}
