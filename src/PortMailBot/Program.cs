using System.CommandLine;
using PortMailBot.Commands;

var root = new RootCommand("PortMailBot: answers Canadian number-porting requests by mail and drives them to completion.")
    .AddRun()
    .AddCheck()
    .AddHealth()
    .AddRequests()
    .AddHelp();
return await root.InvokeAsync(args);
