using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Web.Security;

namespace PortMailBot.Commands;

/// <summary><c>operators add EMAIL --password-stdin</c>: a local sign-in account of the web console, its
/// password read from standard input (never from the command line, where other users could see it) and kept
/// only as ASP.NET Core's password hash. The address must be one of Operators:Addresses to sign in.</summary>
internal static class OperatorsCommand
{
    private const int MaxPasswordLength = 1024;

    public static RootCommand AddOperators(this RootCommand root)
    {
        var email = new Argument<string>("EMAIL") { Description = "The operator's address, as in Operators:Addresses." };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (the only way: required)." };
        var add = new Command("add", "Create a local sign-in account for the web console, or set its new password.") { email, fromStdin };
        add.SetAction((parsed, ct) => AddAsync(parsed.GetRequiredValue(email), parsed.GetValue(fromStdin), ct));
        var operators = new Command("operators", "The web console's local sign-in accounts.") { add };
        root.Add(operators);
        return root;
    }

    private static async Task<int> AddAsync(string email, bool fromStdin, CancellationToken cancellationToken)
    {
        if (!fromStdin)
        {
            await Console.Error.WriteLineAsync("--password-stdin is required: the password is read from standard input.\n\nSee: PortMailBot operators add --help");
            return CommandLine.UsageError;
        }

        if (!MailboxAddress.TryParse(email, out var mailbox) || mailbox.Address != email.Trim())
        {
            await Console.Error.WriteLineAsync($"'{email}' is not an email address.");
            return CommandLine.UsageError;
        }

        var password = await ReadPasswordAsync(cancellationToken);
        if (password is null || password.Length < OperatorPasswords.MinimumLength)
        {
            await Console.Error.WriteLineAsync($"The password must be between {OperatorPasswords.MinimumLength} and {MaxPasswordLength} characters, on the first line of standard input.");
            return CommandLine.UsageError;
        }

        return await RequestsCommand.WithServicesAsync(async services =>
        {
            var operators = services.GetRequiredService<IOptions<OperatorsOptions>>().Value;
            await services.GetRequiredService<DaemonStore>().MigrateAsync(cancellationToken);
            var address = OperatorAccounts.Normalize(email);
            await services.GetRequiredService<OperatorAccounts>().SetPasswordHashAsync(address, OperatorPasswords.Hash(address, password), cancellationToken);
            await Console.Out.WriteLineAsync($"{address}: local account saved.");
            if (!operators.Addresses.Any(a => MailboxAddress.TryParse(a, out var m) && string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
            {
                await Console.Error.WriteLineAsync($"{address} is not in Operators:Addresses: it cannot sign in until it is.");
            }

            return 0;
        });
    }

    /// <summary>The first line of standard input, at most <see cref="MaxPasswordLength"/> characters read.</summary>
    private static async Task<string?> ReadPasswordAsync(CancellationToken cancellationToken)
    {
        var buffer = new char[MaxPasswordLength + 2];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await Console.In.ReadAsync(buffer.AsMemory(length, 1), cancellationToken);
            if (read == 0 || buffer[length] == '\n')
            {
                break;
            }

            length++;
        }

        var line = new string(buffer, 0, length).TrimEnd('\r');
        return length > MaxPasswordLength ? null : line;
    }
}
