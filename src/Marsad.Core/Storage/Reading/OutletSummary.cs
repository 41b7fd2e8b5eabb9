namespace Marsad.Storage.Reading;

/// <summary>An outlet and how many stored articles came from it.</summary>
public sealed record OutletSummary(string Name, int ArticleCount);
