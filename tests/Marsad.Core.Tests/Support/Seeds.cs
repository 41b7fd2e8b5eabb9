namespace Marsad.Tests.Support;

/// <summary>The five seed articles (copied from ../shared/seeds), by their three-digit prefix.</summary>
public static class Seeds
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

    public static string PathOf(string prefix) =>
        Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    public static string Text(string prefix) => File.ReadAllText(PathOf(prefix));

    public static IEnumerable<string> Prefixes => ["000", "001", "002", "003", "004"];
}
