using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PortMailBot.TestData;

/// <summary>Starts and stops the private Dovecot + Postfix of <c>scripts/mailbed/</c> on loopback high ports;
/// shared by the daemon's integration tests and the mail benchmark (linked, not copied).</summary>
internal static class MailBedProcesses
{
    /// <summary>Why the bed cannot run on this machine, or null.</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "the mail bed needs Linux and root (Postfix runs its master as root)";
        }

        return File.Exists("/usr/sbin/dovecot") && File.Exists("/usr/sbin/postfix")
            ? null
            : "Dovecot or Postfix is not installed (scripts/install-mail.sh)";
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/>; its exit code and output. After
    /// <paramref name="timeout"/> (a minute unless given) it is killed, and the code is -1.</summary>
    public static async Task<(int Code, string Output)> RunAsync(
        string program, IEnumerable<string> args, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var output = Path.GetTempFileName();
        try
        {
            // Output goes to a file, never a pipe: Dovecot keeps its caller's stderr open.
            var info = new ProcessStartInfo("/bin/bash") { UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("exec \"$0\" \"$@\" > \"$OUT\" 2>&1 < /dev/null");
            info.ArgumentList.Add(program);
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["OUT"] = output;
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                info.Environment[name] = value;
            }

            var limit = timeout ?? TimeSpan.FromMinutes(1);
            using var process = Process.Start(info)!;
            using var expiry = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(expiry.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"timed out after {limit.TotalSeconds:0} s\n" + await File.ReadAllTextAsync(output));
            }

            return (process.ExitCode, await File.ReadAllTextAsync(output));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
