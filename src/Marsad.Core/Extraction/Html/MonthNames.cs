namespace Marsad.Extraction.Html;

/// <summary>
/// Month names as news pages write them in dates: the Egyptian/Maghreb forms (يناير، أبريل), the Levantine and
/// Iraqi forms (كانون الثاني، نيسان) and English. Keys are compared loosely (<see cref="LooseText"/>).
/// </summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build(
        (1, ["يناير", "كانون الثاني", "جانفي", "january", "jan"]),
        (2, ["فبراير", "شباط", "فيفري", "february", "feb"]),
        (3, ["مارس", "آذار", "march", "mar"]),
        (4, ["أبريل", "إبريل", "ابريل", "نيسان", "أفريل", "april", "apr"]),
        (5, ["مايو", "أيار", "ماي", "may"]),
        (6, ["يونيو", "يونيه", "حزيران", "جوان", "june", "jun"]),
        (7, ["يوليو", "يوليه", "تموز", "جويلية", "july", "jul"]),
        (8, ["أغسطس", "آب", "أوت", "august", "aug"]),
        (9, ["سبتمبر", "أيلول", "september", "sep", "sept"]),
        (10, ["أكتوبر", "تشرين الأول", "october", "oct"]),
        (11, ["نوفمبر", "تشرين الثاني", "november", "nov"]),
        (12, ["ديسمبر", "كانون الأول", "december", "dec"]));

    /// <summary>The month number (1-12) of a name, else 0.</summary>
    public static int Lookup(string name) => Months.GetValueOrDefault(LooseText.Fold(name));

    private static Dictionary<string, int> Build(params (int Month, string[] Names)[] months)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (month, names) in months)
        {
            foreach (var name in names)
            {
                table[LooseText.Fold(name)] = month;
            }
        }
        return table;
    }
}
