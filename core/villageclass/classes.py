"""The four village classes of the national rural revitalisation plan, and their label table."""

from ..labels import LabelTable

#: Stable class codes (DOMAIN.md §7; 乡村振兴战略规划（2018–2022年）, chapter 9).
UNCLASSIFIED, CLUSTER, FRINGE, HERITAGE, RELOCATE = 0, 1, 2, 3, 4

#: ``class_code`` → label. 0 = no rule matched (看不准的暂不分类).
VILLAGE_CLASSES = LabelTable(
    "class_code",
    {
        UNCLASSIFIED: ("Unclassified", "暂不分类"),
        CLUSTER: ("Cluster and upgrade", "集聚提升类"),
        FRINGE: ("Urban-fringe integration", "城郊融合类"),
        HERITAGE: ("Characteristic protection", "特色保护类"),
        RELOCATE: ("Relocation and merger", "搬迁撤并类"),
    },
)
