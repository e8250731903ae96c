"""Old addresses keep working: when an item's slug changes, its old slug is remembered and
the old address answers with a permanent redirect to the new one, in every language."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class FormerSlugQuerySet(models.QuerySet):
    def target(self, model, slug):
        """The published item of `model` that used to have `slug`, or None."""
        former = self.filter(
            content_type=ContentType.objects.get_for_model(model), slug=slug
        ).first()
        if former is None:
            return None
        return model.objects.published().filter(pk=former.object_id).first()


class FormerSlug(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    slug = models.SlugField(_("former address name"), max_length=120)
    replaced_at = models.DateTimeField(_("replaced"), auto_now=True)

    objects = FormerSlugQuerySet.as_manager()

    class Meta:
        verbose_name = _("former address")
        verbose_name_plural = _("former addresses")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "slug"], name="former_slug_once_per_type"
            )
        ]

    def __str__(self):
        return self.slug


def remember_former_slug(obj):
    """Call before saving `obj`: if its slug changes, keep the old one as a former address."""
    content_type = ContentType.objects.get_for_model(obj)
    old = None
    if obj.pk is not None:
        old = type(obj).objects.filter(pk=obj.pk).values_list("slug", flat=True).first()
    if old and old != obj.slug:
        FormerSlug.objects.update_or_create(
            content_type=content_type, slug=old, defaults={"object_id": obj.pk}
        )
    # The new slug is this item's own address now, not a former one of another item.
    FormerSlug.objects.filter(content_type=content_type, slug=obj.slug).delete()
