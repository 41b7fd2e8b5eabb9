using Marsad.Quotes;

namespace Marsad.Storage.Reading;

/// <summary>A quotation as an event reports it: the article and outlet it is in, and the quotation itself.</summary>
/// <param name="Published">The article's publication date (ISO), when known.</param>
public sealed record EventQuote(string ArticleId, string? Outlet, Quotation Quote, string? Published = null);
