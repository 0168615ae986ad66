"""The two boards every installation starts with; staff change them in the admin."""

from django.db import migrations

BOARDS = [
    ("talk", "영화 이야기", "talk", "개봉작, 추천작, 극장 이야기를 자유롭게 나누는 곳입니다.", 1),
    ("reviews", "관람평", "review", "본 영화의 별점과 관람평을 남겨 주세요.", 2),
]


def create(apps, schema_editor):
    Board = apps.get_model("community", "Board")
    for slug, name, kind, description, position in BOARDS:
        Board.objects.get_or_create(slug=slug, defaults={
            "name": name, "kind": kind, "description": description, "position": position})


class Migration(migrations.Migration):
    dependencies = [("community", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
