using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace NewsEvents.Api.Infrastructure;

/// <summary>Serilog through Serilog.AspNetCore: levels from configuration ("Serilog" section), sinks from the environment.</summary>
public static class LoggingSetup
{
    /// <summary>Readable lines in Development, one JSON object per event elsewhere (for log shippers).</summary>
    public static void AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        // preserveStaticLogger: each host (tests start many) owns and disposes its own logger; Log.Logger is left alone.
        builder.Services.AddSerilog((services, config) =>
        {
            config.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
            if (development)
                config.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
            else
                config.WriteTo.Console(new JsonFormatter(renderMessage: true));
        }, preserveStaticLogger: true);
    }

    /// <summary>One line per request with method, path, status, duration and the request id; 5xx as errors.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestIdMiddleware>().UseSerilogRequestLogging(o =>
        {
            // The host's logger (the static Log.Logger is never configured, see AddSerilogLogging).
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            // RequestId is in the template because ASP.NET's own log scope also carries a "RequestId" (Kestrel's, not the caller's).
            o.MessageTemplate = "HTTP {RequestMethod:l} {RequestPath:l} responded {StatusCode} in {Elapsed:0.0} ms (request {RequestId:l})";
            o.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("RequestId", http.TraceIdentifier);
            o.GetLevel = (http, _, error) => error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        });
}
