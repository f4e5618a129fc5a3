using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Url).HasMaxLength(2048);
        article.Property(a => a.Source).HasMaxLength(200);
        article.Property(a => a.Title).HasMaxLength(1000);
        article.Property(a => a.Language).HasMaxLength(20);
        article.Property(a => a.ContentHash).HasMaxLength(64);
        article.Property(a => a.ExtractorVersion).HasMaxLength(50);

        // Unique: two API instances racing on the same article cannot both insert it (the loser catches the violation).
        article.HasIndex(a => a.Url).IsUnique();
        article.HasIndex(a => a.ContentHash).IsUnique();
        article.HasIndex(a => a.Source);
        article.HasIndex(a => a.PublishedAt);
        article.HasIndex(a => a.CreatedAt);

        article.HasMany(a => a.Locations).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Actors).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.People).WithOne().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Tolls).WithOne(t => t.Article).HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Events).WithOne(s => s.Article).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
