#!/usr/bin/env python3
"""Regenerates the format fixtures from the bundled speech with real tools (see README.md).

Needs pandoc, LibreOffice (soffice), iconv. Writes into this directory:
  speech-pandoc.docx        Markdown with #/## headings (markers typed) through pandoc
  speech-resaved.docx       speech-pandoc.docx opened and saved again by LibreOffice (same text)
  speech-numbered.fodt      flat ODF: headings auto-numbered 一、/（一） by text:outline-style
  speech-numbered.docx      that .fodt through LibreOffice (numbering.xml, style-linked levels)
  speech-numbered.odt       that .fodt through LibreOffice
  speech.pdf                that .fodt through LibreOffice
  speech.doc                that .fodt through LibreOffice as Word 97 (the OLE2 refusal)
  speech-page.html          a saved page shaped like a government site's (UTF-8)
  speech-page-gb2312.html   the same page declared gb2312 and encoded with iconv
"""
import html
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SPEECH = os.path.join(ROOT, "Resources", "zhengjiguan-lianzheng-jingshi-speech.txt")
TITLE = "在全局机关干部廉政警示教育大会上的讲话"
HEADING = re.compile(r"一、(?=溯源固本)|\([一二三]\)(?=[^。]{4,40}。)")
NUMERALS = "一二三"


def blocks():
    """The speech as (kind, text): kind 1/2 for headings (text with its typed marker), 0 for body."""
    text = open(SPEECH, encoding="utf-8").read()
    result = []
    for line in text.split("\n"):
        if not line:
            continue
        position = 0
        for match in HEADING.finditer(line):
            if match.start() > position:
                result.append((0, line[position:match.start()]))
            level = 1 if match.group().endswith("、") else 2
            end = line.find("。", match.end())
            end = len(line) if end < 0 or level == 1 else end + 1
            result.append((level, line[match.start():end]))
            position = end
        if position < len(line):
            result.append((0, line[position:]))
    return result


def strip_marker(text):
    return re.sub(r"^(一、|\([一二三]\))", "", text)


def markdown(parts):
    out = []
    for level, text in parts:
        out.append(("#" * level + " " if level else "") + text)
    return "\n\n".join(out) + "\n"


def fodt(parts):
    body = []
    restart_next = False
    for level, text in parts:
        if text.startswith("---"):
            restart_next = True  # the heading of the next section is lost in the elision
        if level:
            extra = ' text:restart-numbering="true" text:start-value="1"' if restart_next and level == 2 else ""
            restart_next = False if level == 2 else restart_next
            body.append(
                f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}"{extra}>'
                f"{html.escape(strip_marker(text))}</text:h>")
        else:
            body.append(f'<text:p text:style-name="Text_20_body">{html.escape(text)}</text:p>')
    return FODT.replace("@TITLE@", TITLE).replace("@BODY@", "\n".join(body))


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>@TITLE@</dc:title></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"
   xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC"
    fo:font-size="12pt" style:font-size-asian="12pt" fo:language="zh" fo:country="CN"
    style:language-asian="zh" style:country-asian="CN"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
   style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:text-indent="0.85cm" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"
   style:next-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
   <style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
   style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
   <style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/>
  </style:style>
  <text:outline-style style:name="Outline">
   <text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing"/>
    </style:list-level-properties>
   </text:outline-level-style>
   <text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（"
    style:num-suffix="）">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="nothing"/>
    </style:list-level-properties>
   </text:outline-level-style>
  </text:outline-style>
 </office:styles>
 <office:body>
  <office:text>
@BODY@
  </office:text>
 </office:body>
</office:document>
"""

PAGE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@" />
<title>@TITLE@_某某市住房和城乡建设局</title>
<link rel="stylesheet" href="css/style.css" />
<script type="text/javascript">var _hmt = _hmt || []; document.write("统计");</script>
<style>.toolbar { float: right }</style>
</head>
<body>
<div class="top-bar">您好，欢迎访问某某市住房和城乡建设局网站！ <a href="#">无障碍</a> <a href="#">长者模式</a></div>
<div id="header"><div class="logo">某某市住房和城乡建设局</div></div>
<div class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/ldjh/">领导讲话</a></div>
<div class="article">
<h1>@TITLE@</h1>
<div class="article-toolbar">发布时间：2024-03-18 来源：局办公室 【字号：<a href="#">加大</a> <a href="#">还原</a> <a href="#">减小</a>】
<a href="#">下载</a> <a href="#">打印</a> <a href="#">全屏</a> <a href="#">收藏</a></div>
<div class="article-content" id="zoom">
@BODY@
</div>
<div class="share-box">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
</div>
<div class="footer-links">相关链接：<a href="#">中国政府网</a> <a href="#">省住建厅</a></div>
<div id="footer"><p>主办单位：某某市住房和城乡建设局　地址：某某市人民路1号</p>
<p>网站标识码：1234000000　ICP备案号：某ICP备12345678号</p></div>
</body>
</html>
"""


def page(parts, charset):
    body = []
    for level, text in parts:
        escaped = html.escape(text, quote=False)
        if level:
            body.append(f'<p style="text-indent:2em"><strong>{escaped}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em">&nbsp;&nbsp;{escaped}</p>')
    return PAGE.replace("@CHARSET@", charset).replace("@TITLE@", TITLE).replace("@BODY@", "\n".join(body))


def run(*command, **kwargs):
    print("+", " ".join(command), file=sys.stderr)
    subprocess.run(command, check=True, **kwargs)


def main():
    parts = blocks()
    os.chdir(HERE)
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "speech.md")
        open(source, "w", encoding="utf-8").write(markdown(parts))
        run("pandoc", "-f", "markdown-smart", "-t", "docx", "-o", "speech-pandoc.docx", source)
    open("speech-numbered.fodt", "w", encoding="utf-8").write(fodt(parts))
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        env = dict(os.environ, HOME=profile)
        for target in ["docx", "odt", "pdf", 'doc:MS Word 97']:
            run("soffice", "--headless", "--convert-to", target, "--outdir", out, "speech-numbered.fodt", env=env)
        run("soffice", "--headless", "--convert-to", "docx", "--outdir", out, "speech-pandoc.docx", env=env)
        os.replace(os.path.join(out, "speech-pandoc.docx"), "speech-resaved.docx")
        for extension, name in [("docx", "speech-numbered.docx"), ("odt", "speech-numbered.odt"),
                                ("pdf", "speech.pdf"), ("doc", "speech.doc")]:
            os.replace(os.path.join(out, "speech-numbered." + extension), name)
    open("speech-page.html", "w", encoding="utf-8").write(page(parts, "utf-8"))
    utf8_page = page(parts, "gb2312").encode("utf-8")
    encoded = subprocess.run(["iconv", "-f", "UTF-8", "-t", "GB2312"], input=utf8_page, check=True,
                             capture_output=True).stdout
    open("speech-page-gb2312.html", "wb").write(encoded)


if __name__ == "__main__":
    main()
