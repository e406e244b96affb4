using System.CommandLine;
using PortMailBot.Commands;
using PortMailBot.Containment;

var root = new RootCommand("PortMailBot: answers Canadian number-porting requests by mail and drives them to completion.")
    .AddRun()
    .AddCheck()
    .AddHealth()
    .AddRequests()
    .AddOperators()
    .AddDb()
    .AddHelp()
    .AddDocumentWorker();
return await root.InvokeAsync(args);
