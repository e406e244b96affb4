using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PortMailBot.Web.Hosting;

/// <summary>Serves the console for as long as the daemon's host runs: the web application is built on start
/// over the host's own services (one store, one workflow, one clock, one log) and stopped with the host.
/// Does nothing when <c>Web:Urls</c> is empty.</summary>
public sealed class WebConsoleService(IServiceProvider daemon, IOptions<WebOptions> options, ILogger<WebConsoleService> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses the console listens on, once started (a port 0 in Web:Urls resolved).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        _app = WebConsoleApp.Build(daemon, options.Value);
        await _app.StartAsync(cancellationToken);
        Addresses = [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
        logger.LogInformation("Operator console listening on {Addresses}", string.Join(", ", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
