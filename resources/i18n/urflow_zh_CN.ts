<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SampleCounty</name>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village centres</source>
        <translation>村庄中心点</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Hospitals and township health centres</source>
        <translation>医院与乡镇卫生院</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Village clinics</source>
        <translation>村卫生室</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Schools</source>
        <translation>学校</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Kindergartens</source>
        <translation>幼儿园</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Elderly-care homes</source>
        <translation>养老机构</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Construction candidates (建新)</source>
        <translation>建新候选地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Homestead parcels</source>
        <translation>宅基地地块</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Rural settlement land</source>
        <translation>农村居民点用地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Town built-up areas</source>
        <translation>城镇建成区</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Urban development boundary</source>
        <translation>城镇开发边界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Ecological red line</source>
        <translation>生态保护红线</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Permanent basic farmland</source>
        <translation>永久基本农田</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Cultivated land</source>
        <translation>耕地</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Administrative villages</source>
        <translation>行政村</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="18" />
        <source>County boundary</source>
        <translation>县界</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="39" />
        <source>Labour migration OD table</source>
        <translation>劳动力流动 OD 表</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="54" />
        <source>Qingxi County (fictitious sample)</source>
        <translation>青溪县（虚构示例）</translation>
    </message>
    <message>
        <location filename="../../sample_county.py" line="69" />
        <source>Night-time light</source>
        <translation>夜间灯光</translation>
    </message>
</context>
<context>
    <name>URFlowPlugin</name>
    <message>
        <location filename="../../plugin.py" line="37" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../plugin.py" line="47" />
        <source>Load sample county (fictitious)</source>
        <translation>加载示例县（虚构）</translation>
    </message>
</context>
<context>
    <name>URFlowProvider</name>
    <message>
        <location filename="../../processing_provider/provider.py" line="24" />
        <source>URFlow</source>
        <translation>URFlow 城乡规划</translation>
    </message>
    <message>
        <location filename="../../processing_provider/provider.py" line="27" />
        <source>URFlow {} — urban–rural flow planning toolkit</source>
        <translation>URFlow {} — 城乡资源流动规划工具箱</translation>
    </message>
</context>
</TS>