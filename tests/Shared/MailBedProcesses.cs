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

    /// <summary>Runs <paramref name="script"/> (a path) with <paramref name="args"/>; its exit code and output.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string script, IEnumerable<string> args)
    {
        var output = Path.GetTempFileName();
        try
        {
            // Output goes to a file, never a pipe: Dovecot keeps its caller's stderr open.
            var info = new ProcessStartInfo("/bin/bash") { UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("\"$0\" \"$@\" > \"$OUT\" 2>&1 < /dev/null");
            info.ArgumentList.Add(script);
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment["OUT"] = output;
            using var process = Process.Start(info)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await File.ReadAllTextAsync(output));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
