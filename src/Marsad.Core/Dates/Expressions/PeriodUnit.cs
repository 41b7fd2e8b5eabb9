namespace Marsad.Dates.Expressions;

internal enum PeriodUnit
{
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}
