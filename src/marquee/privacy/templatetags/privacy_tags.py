from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:key }}``: dictionary look-up in templates."""
    try:
        return mapping[key]
    except (KeyError, TypeError):
        return None
