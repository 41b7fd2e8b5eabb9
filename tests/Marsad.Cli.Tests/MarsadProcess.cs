using System.Diagnostics;
using System.Text;

namespace Marsad.Tests;

/// <summary>Runs the real <c>marsad</c> CLI as a child process and collects what it printed and its exit code.</summary>
public static class MarsadProcess
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "marsad.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Remove("MARSAD_DB");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        return info;
    }

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, args, null, null);

    public static Result Run(string workingDirectory, string[] args, string? standardInput, IDictionary<string, string>? environment)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args, environment))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"marsad {string.Join(' ', args)} did not finish");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
