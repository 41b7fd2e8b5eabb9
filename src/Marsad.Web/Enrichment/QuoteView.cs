namespace Marsad.Web.Enrichment;

/// <summary>A quotation, word for word, with who said it and where it was reported.</summary>
public sealed record QuoteView(string Speaker, string? SpeakerEntityId, string Text, string ArticleId, string? Outlet);
