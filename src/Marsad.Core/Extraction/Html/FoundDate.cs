using Marsad.Articles;

namespace Marsad.Extraction.Html;

/// <summary>A publication date found in a page, and where: <c>json-ld datePublished</c>, <c>meta article:published_time</c>, ...</summary>
internal readonly record struct FoundDate(PublicationDate Date, string Source);
