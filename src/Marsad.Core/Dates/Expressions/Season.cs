namespace Marsad.Dates.Expressions;

internal enum Season
{
    Spring,
    Summer,
    Autumn,
    Winter,
}
