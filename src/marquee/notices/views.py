from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .models import Notice


def notice_list(request):
    page = Paginator(Notice.objects.all(), 20).get_page(request.GET.get("page"))
    return render(request, "notices/list.html", {"page": page})


def notice_detail(request, pk: int):
    return render(request, "notices/detail.html", {"notice": get_object_or_404(Notice, pk=pk)})
