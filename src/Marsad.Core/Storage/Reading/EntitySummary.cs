using Marsad.Entities;

namespace Marsad.Storage.Reading;

/// <summary>
/// An entity as a set of articles names it: its key, type, the name most used for it, in how many articles, and
/// how many times in all.
/// </summary>
public sealed record EntitySummary(string Key, EntityType Type, string Name, int Articles, int Mentions);
