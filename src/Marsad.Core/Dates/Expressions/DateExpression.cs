namespace Marsad.Dates.Expressions;

/// <summary>
/// What a date expression says, before it is placed on the calendar: the grammar builds these, a reference
/// day (the publication date) turns them into ISO values, and the publication date estimator asks them what
/// they imply about the day they were written.
/// </summary>
internal abstract record DateExpression
{
    public abstract DateKind Kind { get; }

    /// <summary>The ISO value against the reference day, or null when it cannot be known.</summary>
    public abstract string? Resolve(DateOnly? reference);

    /// <summary>Whether the expression names one day, so that a clock time or a part of the day can join it.</summary>
    public virtual bool NamesDay => false;

    /// <summary>The single day the expression names, when it names one.</summary>
    public virtual DateOnly? ResolveDay(DateOnly? reference) => null;

    /// <summary>
    /// Whether the expression, written on <paramref name="publication"/>, would be true to its words
    /// (<c>أمس السبت</c> is only true on a Sunday); null when it says nothing about the day it was written.
    /// </summary>
    public virtual bool? AgreesWithPublication(DateOnly publication) => null;
}
