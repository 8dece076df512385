using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Portal.Web.Feeds;
using Portal.Web.Infrastructure;
using Portal.Web.Localization;
using Portal.Web.Search;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services));
builder.Services.AddPortalData(builder.Configuration, builder.Environment);
builder.Services.AddPortalLocalization();
builder.Services.AddPortalSearch();
builder.Services.AddRazorPages().AddViewLocalization();
// Cyrillic and accented letters written as themselves, not as &#x...; entities: pages half the size.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/status/500");
    app.UseHsts();
}

app.UseSecurityHeaders();
app.UseSerilogRequestLogging();
app.MapHealthChecks("/healthz");
app.UseReadinessGate();
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseRequestLocalization();
app.UseRouting();

app.MapStaticAssets();
app.MapLanguageRedirect();
app.MapPortalFeeds();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
