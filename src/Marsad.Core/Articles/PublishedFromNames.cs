namespace Marsad.Articles;

/// <summary>The names JSONL.md gives the values of <see cref="PublishedFrom"/>.</summary>
public static class PublishedFromNames
{
    public static string Of(PublishedFrom from) => from switch
    {
        PublishedFrom.Input => "input",
        PublishedFrom.Metadata => "metadata",
        PublishedFrom.Text => "text",
        PublishedFrom.Fetched => "fetched",
        PublishedFrom.Estimated => "estimated",
        _ => "none",
    };
}
