namespace Marsad.Articles;

/// <summary>Where an article's publication date came from (JSONL.md's <c>published_from</c>).</summary>
public enum PublishedFrom
{
    None,
    Input,
    Metadata,
    Text,
    Fetched,
    Estimated,
}
