using NewsEvents.Api.Actors;
using NewsEvents.Api.Admin;
using NewsEvents.Api.Articles;
using NewsEvents.Api.Claims;
using NewsEvents.Api.Dashboard;
using NewsEvents.Api.Events;
using NewsEvents.Api.Events.Stream;
using NewsEvents.Api.Extract;
using NewsEvents.Api.Health;
using NewsEvents.Api.Infrastructure;
using NewsEvents.Api.Jobs;
using NewsEvents.Api.Locations;
using NewsEvents.Api.Security;
using NewsEvents.Api.Stats;
using NewsEvents.Api.Tolls;

var builder = WebApplication.CreateBuilder(args);
builder.AddSerilogLogging();
builder.Services.AddNewsEvents(builder.Configuration, builder.Environment);
builder.Services.AddSwagger();
builder.Services.AddNewsEventsSecurity(builder.Configuration);

var app = builder.Build();
await app.PrepareAsync();

// Outermost, so the request line carries the final status even when a handler threw.
app.UseRequestLogging();
// Bad input is answered by ProblemExceptionHandler; only real failures are logged as errors.
app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException });
app.UseStatusCodePages();
app.UseRouting();
// Headers, CORS preflights, rate limits, then API keys (Security/): before anything reads a body.
app.UseNewsEventsSecurity();
app.UseMiddleware<RequestLimitsMiddleware>();
app.UseMiddleware<BodySizeLimitMiddleware>();
app.UseMiddleware<CharsetMiddleware>();
if (app.SwaggerEnabled())
{
    app.UseSwagger();
    app.UseSwaggerUI(o => o.DocumentTitle = "NewsEvents API");
}

app.UseDashboard();
app.MapArticles();
app.MapJobs();
app.MapAdmin();
app.MapExtract();
app.MapEvents();
app.MapEventPoints();
app.MapEventStream();
app.MapActors();
app.MapLocations();
app.MapClaims();
app.MapTolls();
app.MapStats();
app.MapHealth();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
