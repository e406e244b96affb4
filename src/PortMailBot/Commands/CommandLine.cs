namespace PortMailBot.Commands;

/// <summary>Dispatches the subcommands. <c>run</c> is the default.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: PortMailBot [command] [options]

        Commands:
          run [--once]                          run the daemon (default): poll the inbox, answer, repeat
          check PATH... [--as-of YYYY-MM-DD] [--explain]
                                                decide on saved messages (.eml files or folders), JSON Lines on stdout;
                                                --explain writes what was read from each document to stderr
          health [--max-age HH:MM:SS]           exit 0 when the daemon polled successfully recently
          help                                  show this text
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var command = args.Length == 0 || args[0].StartsWith('-') ? "run" : args[0];
        var rest = args.Length == 0 || args[0].StartsWith('-') ? args : args[1..];
        switch (command)
        {
            case "run":
                return await RunCommand.RunAsync(rest);
            case "health":
                return await HealthCommand.RunAsync(rest);
            case "check":
                return await CheckCommand.RunAsync(rest);
            case "help" or "--help" or "-h":
                await Console.Out.WriteLineAsync(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{command}'.\n\n{Usage}");
                return 2;
        }
    }
}
