using Microsoft.AspNetCore.Server.Kestrel.Core;
using Wiredesk.Core.Storage;
using Wiredesk.Web.Api;
using Wiredesk.Web.Catalog;
using Wiredesk.Web.Contracts;
using Wiredesk.Web.Feeds;
using Wiredesk.Web.Ingest;

namespace Wiredesk.Web.Hosting;

/// <summary>The server's services and request pipeline, the same whether it runs on Kestrel or in a test host.</summary>
internal static class WebStartup
{
    public static void ConfigureServices(IServiceCollection services, IArticleStore store, WebServerOptions options)
    {
        services.AddSingleton(store);
        services.AddSingleton(options);
        services.AddSingleton<StoreVersion>();
        services.AddSingleton<StoryCatalog>();
        services.AddSingleton<SearchCache>();
        services.AddSingleton<ArticleAnalysis>();
        services.AddSingleton<EntityIndex>();
        services.AddSingleton<ArticleIngest>();
        services.AddHostedService<PendingAnalysis>();
        services.AddHostedService<StoreChangeWatcher>();
        if (options.IndexEntities)
        {
            services.AddHostedService<EntityIndexer>();
        }

        if (options.FeedsFile is not null)
        {
            services.AddHostedService<FeedPoller>();
        }

        if (options.WatchFolder is not null)
        {
            services.AddHostedService<FolderWatcher>();
        }

        services.AddRouting();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Wiredesk API";
            document.Info.Description = "Articles in, stories out: ingest news articles and read the stories, quotes, entities and timelines found in them.";
            return Task.CompletedTask;
        }));
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
    }

    public static void Configure(IApplicationBuilder app)
    {
        app.Use(SecurityHeaders.ApplyAsync);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = StaticPages.Files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = StaticPages.Files });
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            ArticleEndpoints.Map(endpoints);
            StoryEndpoints.Map(endpoints);
            EntityEndpoints.Map(endpoints);
            SearchEndpoints.Map(endpoints);
            HealthEndpoints.Map(endpoints);
            endpoints.MapOpenApi("/openapi.json");
        });
    }
}
