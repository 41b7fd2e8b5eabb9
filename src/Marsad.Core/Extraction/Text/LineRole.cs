namespace Marsad.Extraction.Text;

/// <summary>What a line of a plain-text page turned out to be.</summary>
public enum LineRole
{
    Body,
    Title,
    RepeatedTitle,
    DateLine,
    SourceLine,
    Byline,
    Menu,
    Caption,
    RelatedHeadline,
    Widget,
    FontControl,
    Garbage,
    AfterTailMarker,
    BeforeTitle,
}
