namespace Marsad.Storage.Reading;

/// <summary>
/// A search: words (any spelling), optional filters, and the page wanted. Dates are the days articles entered the
/// stream (their publication day, else their estimated or fetch day), both ends included.
/// </summary>
public sealed record SearchQuery(
    string? Text,
    string? Outlet = null,
    string? Entity = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Offset = 0,
    int Limit = 20);
