using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PortMailBot.Web.Hosting;

public static class WebConsoleServiceCollectionExtensions
{
    /// <summary>The operator console as a hosted service of the daemon's host: the <c>Web</c> section (validated at
    /// start) and a service that serves the console while the host runs, when <c>Web:Urls</c> is set. The
    /// daemon's services must be added too: the console acts through them.</summary>
    public static IServiceCollection AddWebConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebOptions>, WebOptionsValidator>());
        services.TryAddSingleton<WebConsoleService>();
        services.AddHostedService(sp => sp.GetRequiredService<WebConsoleService>());
        return services;
    }
}
