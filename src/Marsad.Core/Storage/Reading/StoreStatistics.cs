namespace Marsad.Storage.Reading;

/// <summary>How much a store holds.</summary>
public sealed record StoreStatistics(int Articles, int Duplicates, int Events, int Storylines, int Outlets);
