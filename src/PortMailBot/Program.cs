using PortMailBot.Commands;

return await CommandLine.RunAsync(args);
