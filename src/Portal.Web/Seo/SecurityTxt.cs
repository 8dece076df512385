using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Web.Localization;

namespace Portal.Web.Seo;

/// <summary><c>/.well-known/security.txt</c> (RFC 9116): who to tell about a vulnerability, from the configuration.</summary>
public static class SecurityTxt
{
    public const string Path = "/.well-known/security.txt";

    public static IServiceCollection AddSecurityTxt(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityTxtOptions>()
            .Bind(configuration.GetSection(SecurityTxtOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapSecurityTxt(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (IOptions<SecurityTxtOptions> options, PublicAddress address) =>
            options.Value.IsPublished
                ? Results.Text(Text(options.Value, address), "text/plain; charset=utf-8")
                : Results.NotFound());
        return endpoints;
    }

    public static string Text(SecurityTxtOptions options, PublicAddress address)
    {
        var text = new StringBuilder();
        foreach (var contact in options.Contact)
        {
            text.Append("Contact: ").Append(contact).Append('\n');
        }

        text.Append("Expires: ").Append(options.Expires!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append('\n');
        if (options.Policy is not null)
        {
            text.Append("Policy: ").Append(options.Policy).Append('\n');
        }

        text.Append("Preferred-Languages: ").Append(string.Join(", ", Languages.All)).Append('\n');
        if (address.IsConfigured)
        {
            text.Append("Canonical: ").Append(address.Absolute(Path)).Append('\n');
        }

        return text.ToString();
    }
}
