using System.CommandLine;
using System.CommandLine.Invocation;

namespace PortMailBot.Commands;

/// <summary>Parses and runs the command line: <c>run</c> when there is no argument at all; usage on stderr
/// and exit 2 for anything not understood; help and version print and exit 0 with nothing started.</summary>
internal static class CommandLine
{
    public const int UsageError = 2;

    public static async Task<int> InvokeAsync(this RootCommand root, string[] args)
    {
        // No response files: a path such as "@x.eml" is a path, not a list of arguments to read.
        var parsed = root.Parse(args.Length == 0 ? ["run"] : args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is ParseErrorAction)
        {
            // The library's errors, typo hints and usage, all on stderr; its exit code (1) is ours for
            // "needs attention", so a usage error is 2.
            await parsed.InvokeAsync(new InvocationConfiguration { Output = Console.Error, Error = Console.Error });
            return UsageError;
        }

        // The daemon handles SIGTERM and Ctrl+C itself (the host's lifetime, run --once's own handler);
        // an unexpected exception crashes visibly as before.
        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The parser takes an unknown option for a value of a free argument (a path, a reason); a mistyped
    /// option (<c>--asof</c>, <c>--ass</c>) must be a usage error instead of a file to read or words to record.</summary>
    public static void RejectUnknownOptions(Argument argument, string prefix, string hint)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith(prefix, StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized option '{token.Value}'{hint}.");
            }
        });
    }

    /// <summary><c>help</c>: the same text as <c>--help</c>.</summary>
    public static RootCommand AddHelp(this RootCommand root)
    {
        var help = new Command("help", "Show this help (the same as --help).");
        help.SetAction(_ => root.Parse(["--help"]).Invoke());
        root.Add(help);
        return root;
    }
}
