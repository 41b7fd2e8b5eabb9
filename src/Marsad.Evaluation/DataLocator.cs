namespace Marsad.Evaluation;

/// <summary>
/// Finds the shared benchmark data (<c>../shared/data</c> beside the repository) so that evaluations run
/// from any working directory inside the clone; <c>MARSAD_DATA</c> overrides it.
/// </summary>
public static class DataLocator
{
    public static DirectoryInfo? FindSharedData(string? start = null)
    {
        var overridden = Environment.GetEnvironmentVariable("MARSAD_DATA");
        if (!string.IsNullOrEmpty(overridden))
        {
            return Directory.Exists(overridden) ? new DirectoryInfo(overridden) : null;
        }
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return new DirectoryInfo(candidate);
            }
            var sibling = Path.Combine(dir.FullName, "..", "shared", "data");
            if (Directory.Exists(sibling) && File.Exists(Path.Combine(dir.FullName, "Marsad.slnx")))
            {
                return new DirectoryInfo(Path.GetFullPath(sibling));
            }
        }
        return null;
    }

    /// <summary>A folder under the shared data, or a clear message saying it is not there.</summary>
    public static DirectoryInfo Require(string name, string? explicitPath = null)
    {
        if (explicitPath is not null)
        {
            return Directory.Exists(explicitPath)
                ? new DirectoryInfo(explicitPath)
                : throw new DirectoryNotFoundException($"No such data folder: {explicitPath}");
        }
        var shared = FindSharedData() ?? throw new DirectoryNotFoundException(
            $"The shared data folder is not here (looked for ../shared/data beside the repository, or MARSAD_DATA); " +
            $"'{name}' is needed for this command.");
        var folder = Path.Combine(shared.FullName, name);
        return Directory.Exists(folder)
            ? new DirectoryInfo(folder)
            : throw new DirectoryNotFoundException($"'{name}' is not in {shared.FullName}.");
    }
}
